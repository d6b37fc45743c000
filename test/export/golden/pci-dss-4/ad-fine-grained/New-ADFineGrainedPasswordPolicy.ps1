# Exported by Stepwise from policy pci-dss-4 1.0.0: an AD fine-grained password policy.
# New-ADFineGrainedPasswordPolicy and Add-ADFineGrainedPasswordPolicySubject (ActiveDirectory module).
# Precedence: the lowest value wins when several policies apply to a user.
Import-Module ActiveDirectory
New-ADFineGrainedPasswordPolicy -Name 'Stepwise-pci-dss-4' -Precedence 10 -ComplexityEnabled $false -MinPasswordLength 12 -MaxPasswordAge "90.00:00:00" -PasswordHistoryCount 4 -LockoutThreshold 10 -LockoutDuration "0.00:30:00"
Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-pci-dss-4' -Subjects '<group sAMAccountName>'
