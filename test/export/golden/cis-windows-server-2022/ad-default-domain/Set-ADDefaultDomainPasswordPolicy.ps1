# Exported by Stepwise from policy cis-windows-server-2022 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $true -MinPasswordLength 14 -MaxPasswordAge "365.00:00:00" -MinPasswordAge "1.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 5 -LockoutDuration "0.00:15:00" -LockoutObservationWindow "0.00:15:00" -ReversibleEncryptionEnabled $false
