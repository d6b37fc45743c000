# Exported by Stepwise from policy exchange-org 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-exchange-org' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 15 -MaxPasswordAge "0.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 10 -LockoutDuration "0.00:30:00" -LockoutObservationWindow "0.00:30:00" -ReversibleEncryptionEnabled $false
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-exchange-org' -Subjects '<group sAMAccountName>'
