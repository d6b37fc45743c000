# Exported by Stepwise from policy pci-dss-4 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $false -MinPasswordLength 12 -MaxPasswordAge "90.00:00:00" -PasswordHistoryCount 4 -LockoutThreshold 10 -LockoutDuration "0.00:30:00"
