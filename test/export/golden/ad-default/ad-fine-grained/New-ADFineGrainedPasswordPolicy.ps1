# Exported by Stepwise from policy ad-default 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-ad-default' -Precedence 10 -ComplexityEnabled $true -MinPasswordLength 7 -MaxPasswordAge "42.00:00:00" -MinPasswordAge "1.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 0 -ReversibleEncryptionEnabled $false
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-ad-default' -Subjects '<group sAMAccountName>'
