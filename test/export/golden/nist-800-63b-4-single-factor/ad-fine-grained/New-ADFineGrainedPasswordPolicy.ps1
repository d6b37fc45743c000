# Exported by Stepwise from policy nist-800-63b-4-single-factor 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-nist-800-63b-4-single-factor' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 15 -MaxPasswordAge "0.00:00:00" -LockoutThreshold 100
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-nist-800-63b-4-single-factor' -Subjects '<group sAMAccountName>'
