# Exported by Stepwise from policy owasp-asvs-5-l1 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-owasp-asvs-5-l1' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 8
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-owasp-asvs-5-l1' -Subjects '<group sAMAccountName>'
