# Exported by Stepwise from policy owasp-asvs-5-l2 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-owasp-asvs-5-l2' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 8 -MaxPasswordAge "0.00:00:00"
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-owasp-asvs-5-l2' -Subjects '<group sAMAccountName>'
