# Exported by Stepwise from policy cis-windows-server-2022 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-cis-windows-server-2022' -Precedence 10 -ComplexityEnabled $true -MinPasswordLength 14 -MaxPasswordAge "365.00:00:00" -MinPasswordAge "1.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 5 -LockoutDuration "0.00:15:00" -LockoutObservationWindow "0.00:15:00" -ReversibleEncryptionEnabled $false
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-cis-windows-server-2022' -Subjects '<group sAMAccountName>'
