# Exported by Stepwise from policy entra-default 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-entra-default' -Precedence 10 -ComplexityEnabled $true -MinPasswordLength 8 -MaxPasswordAge "0.00:00:00" -PasswordHistoryCount 1 -LockoutThreshold 10 -LockoutDuration "0.00:01:00"
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-entra-default' -Subjects '<group sAMAccountName>'
