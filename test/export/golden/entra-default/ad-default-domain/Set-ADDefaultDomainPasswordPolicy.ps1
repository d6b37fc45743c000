# Exported by Stepwise from policy entra-default 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $true -MinPasswordLength 8 -MaxPasswordAge "0.00:00:00" -PasswordHistoryCount 1 -LockoutThreshold 10 -LockoutDuration "0.00:01:00"
