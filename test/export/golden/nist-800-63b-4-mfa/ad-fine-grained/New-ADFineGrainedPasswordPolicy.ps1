# Exported by Stepwise from policy nist-800-63b-4-mfa 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-nist-800-63b-4-mfa' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 8 -MaxPasswordAge "0.00:00:00" -LockoutThreshold 100
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-nist-800-63b-4-mfa' -Subjects '<group sAMAccountName>'
