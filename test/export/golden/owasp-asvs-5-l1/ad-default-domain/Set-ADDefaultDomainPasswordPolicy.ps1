# Exported by Stepwise from policy owasp-asvs-5-l1 1.0.0: the AD default domain password policy.
# Set-ADDefaultDomainPasswordPolicy (ActiveDirectory module); run as a Domain Admin.
Import-Module ActiveDirectory
$domain = (Get-ADDomain).DNSRoot
Set-ADDefaultDomainPasswordPolicy -Identity $domain -ComplexityEnabled $false -MinPasswordLength 8
