#!/usr/bin/env bash
# Gives Golden Thread's managed identity access to ONE SharePoint site (and nothing else):
#   1. the Microsoft Graph application permission Sites.Selected on the identity's service principal,
#   2. a site permission on the council's Golden Thread site (role manage while provisioning creates
#      the lists; lower it to write afterwards with --role write).
# Usage: infra/entra/grant-sites-selected.sh --identity-client-id <managedIdentityClientId output> \
#          --site https://<tenant>.sharepoint.com/sites/<site> [--role manage|write]
# Needs: az CLI signed in as a Global Administrator or Privileged Role Administrator (step 1) and a
# SharePoint Administrator (step 2), jq. If step 2 is refused because the az CLI's token lacks
# Sites.FullControl.All, use PnP PowerShell instead (docs/deployment.md shows the command).
set -euo pipefail

CLIENT_ID=""
SITE=""
ROLE="manage"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --identity-client-id) CLIENT_ID="$2"; shift 2 ;;
    --site) SITE="$2"; shift 2 ;;
    --role) ROLE="$2"; shift 2 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$CLIENT_ID" ]] || { echo "--identity-client-id is required" >&2; exit 2; }
[[ "$SITE" =~ ^https://[^/]+\.sharepoint\.com/(sites|teams)/[^/]+/?$ ]] ||
  { echo "--site must look like https://<tenant>.sharepoint.com/sites/<name>" >&2; exit 2; }
[[ "$ROLE" == manage || "$ROLE" == write ]] || { echo "--role must be manage or write" >&2; exit 2; }

GRAPH=https://graph.microsoft.com/v1.0
GRAPH_APP=00000003-0000-0000-c000-000000000000
IDENTITY_SP=$(az ad sp show --id "$CLIENT_ID" --query id -o tsv)
GRAPH_SP=$(az ad sp show --id "$GRAPH_APP" --query id -o tsv)
ROLE_ID=$(az ad sp show --id "$GRAPH_APP" --query "appRoles[?value=='Sites.Selected'].id | [0]" -o tsv)

echo "1. Granting Microsoft Graph Sites.Selected to the managed identity…"
EXISTING=$(az rest --method GET --uri "$GRAPH/servicePrincipals/$IDENTITY_SP/appRoleAssignments" |
  jq -r --arg r "$ROLE_ID" '.value[] | select(.appRoleId == $r) | .id')
if [[ -z "$EXISTING" ]]; then
  jq -n --arg p "$IDENTITY_SP" --arg res "$GRAPH_SP" --arg r "$ROLE_ID" \
    '{principalId: $p, resourceId: $res, appRoleId: $r}' >/tmp/gt-role.json
  az rest --method POST --uri "$GRAPH/servicePrincipals/$IDENTITY_SP/appRoleAssignments" \
    --headers Content-Type=application/json --body @/tmp/gt-role.json >/dev/null
  rm -f /tmp/gt-role.json
else
  echo "   already granted"
fi

echo "2. Granting role $ROLE on $SITE…"
HOSTNAME=$(echo "$SITE" | sed -E 's#https://([^/]+)/.*#\1#')
SITE_PATH=$(echo "$SITE" | sed -E 's#https://[^/]+(/[^?]*[^/])/?$#\1#')
SITE_ID=$(az rest --method GET --uri "$GRAPH/sites/$HOSTNAME:$SITE_PATH" --query id -o tsv)
jq -n --arg role "$ROLE" --arg id "$CLIENT_ID" \
  '{roles: [$role], grantedToIdentities: [{application: {id: $id, displayName: "Golden Thread"}}]}' \
  >/tmp/gt-site.json
az rest --method POST --uri "$GRAPH/sites/$SITE_ID/permissions" \
  --headers Content-Type=application/json --body @/tmp/gt-site.json --query id -o tsv
rm -f /tmp/gt-site.json
echo "Done: the managed identity can reach $SITE ($ROLE) and no other site."
