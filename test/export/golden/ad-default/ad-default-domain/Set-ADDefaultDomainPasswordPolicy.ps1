# Exported by Stepwise from policy ad-default 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $true -MinPasswordLength 7 -MaxPasswordAge "42.00:00:00" -MinPasswordAge "1.00:00:00" -PasswordHistoryCount 24 -LockoutThreshold 0 -ReversibleEncryptionEnabled $false
