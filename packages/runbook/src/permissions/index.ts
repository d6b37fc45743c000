export { permissionCatalog, scopesCover, type CatalogEntry, type PermissionCatalog, type RequirementKind } from './permissionCatalog';
export { findConnectScopes, type ConnectScopes } from './findConnectScopes';
export { permissionMatrix, stepRequirements, type PermissionMatrix, type PermissionMatrixRow } from './permissionMatrix';
export { findGraphCmdlets, graphCmdletCatalog, type GraphCmdlet } from './findGraphCmdlets';
