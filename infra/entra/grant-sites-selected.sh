#!/usr/bin/env bash
# Grants Golden Thread's identities exactly the permissions docs/deployment.md ("Permissions") lists:
#   1. the managed identity (the server: SharePoint store and deep links): Microsoft Graph
#      application permissions Sites.Selected and AppCatalog.Read.All;
#   2. optionally (--install-app-id, for GT_NUDGE_INSTALL_APP=true) the app registration named by the
#      manifest's webApplicationInfo: Graph TeamsAppInstallation.ReadWriteSelfForUser.All and
#      AppCatalog.Read.All (Graph installs an app only for itself with the …Self… permission);
#   3. optionally (--rest-app-id) the provisioning app, which signs in with a certificate: Graph's
#      Sites.Selected for the lists and SharePoint's own Sites.Selected for the list views
#      (SharePoint REST honours only SharePoint's, and only certificate app-only tokens);
#   4. a site permission on the ONE Golden Thread site for the managed identity (and the REST app):
#      role manage while provisioning creates lists; lower it to write afterwards (--role write).
# Usage: infra/entra/grant-sites-selected.sh --identity-client-id <managedIdentityClientId output> \
#          --site https://<tenant>.sharepoint.com/sites/<site> [--role manage|write] \
#          [--install-app-id <GT_APP_ID>] [--rest-app-id <app id with a certificate>]
# Needs: az CLI signed in as a Global Administrator or Privileged Role Administrator (app roles),
# jq. The site permission (POST /sites/{id}/permissions) needs Sites.FullControl.All, which the
# Azure CLI's token may lack: then grant it with PnP PowerShell (docs/deployment.md shows how).
# Safe to run again: existing app roles are kept, an existing site grant is updated.
set -euo pipefail

CLIENT_ID=""
SITE=""
ROLE="manage"
INSTALL_APP=""
REST_APP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --identity-client-id) CLIENT_ID="$2"; shift 2 ;;
    --site) SITE="$2"; shift 2 ;;
    --role) ROLE="$2"; shift 2 ;;
    --install-app-id) INSTALL_APP="$2"; shift 2 ;;
    --rest-app-id) REST_APP="$2"; shift 2 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$CLIENT_ID" ]] || { echo "--identity-client-id is required" >&2; exit 2; }
[[ "$SITE" =~ ^https://[^/]+\.sharepoint\.com/(sites|teams)/[^/]+/?$ ]] ||
  { echo "--site must look like https://<tenant>.sharepoint.com/sites/<name>" >&2; exit 2; }
[[ "$ROLE" == manage || "$ROLE" == write ]] || { echo "--role must be manage or write" >&2; exit 2; }
if [[ -n "$INSTALL_APP" && "$INSTALL_APP" == "$CLIENT_ID" ]]; then
  echo "--install-app-id must be the app registration (GT_APP_ID), not the managed identity" >&2
  exit 2
fi

GRAPH=https://graph.microsoft.com/v1.0
GRAPH_APP=00000003-0000-0000-c000-000000000000
SHAREPOINT_APP=00000003-0000-0ff1-ce00-000000000000

# grant_app_role <client id of the principal> <resource app id> <app role value>
grant_app_role() {
  local principal resource role_id existing
  principal=$(az ad sp show --id "$1" --query id -o tsv)
  resource=$(az ad sp show --id "$2" --query id -o tsv)
  role_id=$(az ad sp show --id "$2" --query "appRoles[?value=='$3'].id | [0]" -o tsv)
  [[ -n "$role_id" ]] || { echo "   no app role $3 on $2" >&2; exit 1; }
  existing=$(az rest --method GET --uri "$GRAPH/servicePrincipals/$principal/appRoleAssignments" |
    jq -r --arg r "$role_id" --arg res "$resource" \
      '.value[] | select(.appRoleId == $r and .resourceId == $res) | .id')
  if [[ -n "$existing" ]]; then
    echo "   $3: already granted"
    return
  fi
  jq -n --arg p "$principal" --arg res "$resource" --arg r "$role_id" \
    '{principalId: $p, resourceId: $res, appRoleId: $r}' >/tmp/gt-role.json
  az rest --method POST --uri "$GRAPH/servicePrincipals/$principal/appRoleAssignments" \
    --headers Content-Type=application/json --body @/tmp/gt-role.json >/dev/null
  rm -f /tmp/gt-role.json
  echo "   $3: granted"
}

# grant_site <app id> <role>: creates the site permission, or updates the app's existing one.
grant_site() {
  local existing
  existing=$(az rest --method GET --uri "$GRAPH/sites/$SITE_ID/permissions" |
    jq -r --arg id "$1" \
      '.value[] | select(any(.grantedToIdentitiesV2[]?; .application.id == $id)) | .id' | head -n1)
  if [[ -n "$existing" ]]; then
    jq -n --arg role "$2" '{roles: [$role]}' >/tmp/gt-site.json
    az rest --method PATCH --uri "$GRAPH/sites/$SITE_ID/permissions/$existing" \
      --headers Content-Type=application/json --body @/tmp/gt-site.json >/dev/null
  else
    jq -n --arg role "$2" --arg id "$1" \
      '{roles: [$role], grantedToIdentities: [{application: {id: $id, displayName: "Golden Thread"}}]}' \
      >/tmp/gt-site.json
    az rest --method POST --uri "$GRAPH/sites/$SITE_ID/permissions" \
      --headers Content-Type=application/json --body @/tmp/gt-site.json >/dev/null
  fi
  rm -f /tmp/gt-site.json
  echo "   $1: $2 on $SITE"
}

echo "1. Microsoft Graph permissions for the managed identity…"
grant_app_role "$CLIENT_ID" "$GRAPH_APP" Sites.Selected
grant_app_role "$CLIENT_ID" "$GRAPH_APP" AppCatalog.Read.All

if [[ -n "$INSTALL_APP" ]]; then
  echo "2. Microsoft Graph permissions for the install registration…"
  grant_app_role "$INSTALL_APP" "$GRAPH_APP" TeamsAppInstallation.ReadWriteSelfForUser.All
  grant_app_role "$INSTALL_APP" "$GRAPH_APP" AppCatalog.Read.All
fi

if [[ -n "$REST_APP" ]]; then
  echo "3. Graph's and SharePoint's Sites.Selected for the provisioning app…"
  grant_app_role "$REST_APP" "$GRAPH_APP" Sites.Selected
  grant_app_role "$REST_APP" "$SHAREPOINT_APP" Sites.Selected
fi

echo "4. Site permissions on $SITE…"
HOSTNAME=$(echo "$SITE" | sed -E 's#https://([^/]+)/.*#\1#')
SITE_PATH=$(echo "$SITE" | sed -E 's#https://[^/]+(/[^?]*[^/])/?$#\1#')
SITE_ID=$(az rest --method GET --uri "$GRAPH/sites/$HOSTNAME:$SITE_PATH" --query id -o tsv)
grant_site "$CLIENT_ID" "$ROLE"
[[ -z "$REST_APP" ]] || grant_site "$REST_APP" manage
echo "Done: the managed identity can reach $SITE ($ROLE) and no other site."
