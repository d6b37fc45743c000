# Exported by Stepwise from policy exchange-org 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $false -MinPasswordLength 14 -MaxPasswordAge "0.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 10 -LockoutDuration "0.00:30:00" -LockoutObservationWindow "0.00:30:00" -ReversibleEncryptionEnabled $false
