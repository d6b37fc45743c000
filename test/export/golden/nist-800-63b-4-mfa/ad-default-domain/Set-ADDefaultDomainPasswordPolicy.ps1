# Exported by Stepwise from policy nist-800-63b-4-mfa 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $false -MinPasswordLength 8 -MaxPasswordAge "0.00:00:00" -LockoutThreshold 100
