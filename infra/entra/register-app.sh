#!/usr/bin/env bash
# Registers Golden Thread in the council's Entra ID (single tenant):
#   1. an app registration whose API the Teams tab calls (scope access_as_user),
#   2. the Identifier URI api://<host>/<app id> that appPackage/manifest.json's webApplicationInfo uses,
#   3. the Microsoft Teams and Microsoft 365 clients pre-authorised for that scope (no consent prompt),
#   4. single-page-application redirect URIs for nested app authentication (brk-multihub://<host>),
#   5. its service principal and admin consent for Microsoft Graph User.Read and for its own
#      access_as_user scope (nested app authentication signs in as this app, not as Teams),
#   and the `groups` claim (ApplicationGroup) that GT_ENTRA_GROUP_ROLES reads.
# The bot's identity is the user-assigned managed identity that infra/main.bicep creates
# (msaAppType UserAssignedMSI), so no bot secret is made here. Pass --bot-registration to make a
# SingleTenant bot registration instead; its secret goes straight into Key Vault and is never printed.
#
# Usage: infra/entra/register-app.sh --host goldenthread.example-council.gov.uk \
#          [--name "Golden Thread"] [--bot-registration --key-vault <vault name>]
# Needs: az CLI signed in (az login) as an Application Administrator (or Global Administrator for
# the admin consent step), jq, uuidgen.
set -euo pipefail

HOST=""
NAME="Golden Thread"
BOT_REGISTRATION=false
KEY_VAULT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --host) HOST="$2"; shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    --bot-registration) BOT_REGISTRATION=true; shift ;;
    --key-vault) KEY_VAULT="$2"; shift 2 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$HOST" || "$HOST" == *"/"* ]]; then
  echo "--host is required: the public host name only, e.g. goldenthread.example-council.gov.uk" >&2
  exit 2
fi
if [[ "$BOT_REGISTRATION" == true && -z "$KEY_VAULT" ]]; then
  echo "--bot-registration needs --key-vault <name> (run infra/main.bicep first)" >&2
  exit 2
fi
for tool in az jq uuidgen; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

GRAPH=https://graph.microsoft.com/v1.0
TENANT_ID=$(az account show --query tenantId -o tsv)

echo "1. Creating the app registration \"$NAME\" (single tenant)…"
APP_ID=$(az ad app create --display-name "$NAME" --sign-in-audience AzureADMyOrg \
  --query appId -o tsv)
OBJECT_ID=$(az ad app show --id "$APP_ID" --query id -o tsv)

echo "2. Identifier URI api://$HOST/$APP_ID…"
az ad app update --id "$APP_ID" --identifier-uris "api://$HOST/$APP_ID"

echo "3. Exposing the scope access_as_user (v2 tokens)…"
SCOPE_ID=$(uuidgen)
jq -n --arg id "$SCOPE_ID" '{
  api: {
    requestedAccessTokenVersion: 2,
    oauth2PermissionScopes: [{
      id: $id, value: "access_as_user", type: "User", isEnabled: true,
      adminConsentDisplayName: "Use Golden Thread as the signed-in user",
      adminConsentDescription: "Lets Teams call the Golden Thread API as the signed-in user.",
      userConsentDisplayName: "Use Golden Thread as you",
      userConsentDescription: "Lets Teams call Golden Thread for you."
    }]
  }
}' >/tmp/gt-scope.json
az rest --method PATCH --uri "$GRAPH/applications/$OBJECT_ID" \
  --headers Content-Type=application/json --body @/tmp/gt-scope.json

echo "   The groups claim, for GT_ENTRA_GROUP_ROLES (ApplicationGroup)…"
# Without groupMembershipClaims tokens carry no `groups` claim and group roles silently do nothing.
# ApplicationGroup, not SecurityGroup: only the groups assigned to this app (Enterprise
# applications → Users and groups) go into the token, so someone in more than 200 groups (common in
# a council) still gets the claim instead of Entra's "overage" link, which the server does not
# follow. Assign every group named in GT_ENTRA_GROUP_ROLES to the app (docs/deployment.md).
az rest --method PATCH --uri "$GRAPH/applications/$OBJECT_ID" \
  --headers Content-Type=application/json --body '{"groupMembershipClaims":"ApplicationGroup"}'

echo "   Pre-authorising the Teams and Microsoft 365 clients…"
# Client ids published by Microsoft for Teams tab single sign-on and nested app authentication.
TEAMS_CLIENTS='[
  "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
  "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
  "4765445b-32c6-49b0-83e6-1d93765276ca",
  "0ec893e0-5785-4de6-99da-4ed124e5296c",
  "d3590ed6-52b3-4102-aeff-aad2292ab01c",
  "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
  "27922004-5251-4030-b22d-91ecd9a37ea4"
]'
jq -n --arg scope "$SCOPE_ID" --argjson clients "$TEAMS_CLIENTS" '{
  api: { preAuthorizedApplications: [ $clients[] | { appId: ., delegatedPermissionIds: [$scope] } ] }
}' >/tmp/gt-preauth.json
az rest --method PATCH --uri "$GRAPH/applications/$OBJECT_ID" \
  --headers Content-Type=application/json --body @/tmp/gt-preauth.json

echo "4. Redirect URIs for nested app authentication and the browser…"
jq -n --arg host "$HOST" '{ spa: { redirectUris: ["brk-multihub://\($host)", "https://\($host)/"] } }' \
  >/tmp/gt-spa.json
az rest --method PATCH --uri "$GRAPH/applications/$OBJECT_ID" \
  --headers Content-Type=application/json --body @/tmp/gt-spa.json
rm -f /tmp/gt-scope.json /tmp/gt-preauth.json /tmp/gt-spa.json

echo "5. Service principal; admin consent for Graph User.Read and the app's own access_as_user…"
az ad sp create --id "$APP_ID" >/dev/null
# e1fe6dd8-… is Microsoft Graph's delegated permission User.Read.
az ad app permission add --id "$APP_ID" --api 00000003-0000-0000-c000-000000000000 \
  --api-permissions e1fe6dd8-ba31-4d61-89e7-88639da4683d=Scope
# Nested app authentication asks for api://<host>/<app id>/access_as_user with the app's own client
# id (the Teams clients pre-authorised above cover only Teams SSO), so the app must be consented to
# its own scope, or each person's first sign-in stops at a consent prompt (or is refused where user
# consent is off, as in most councils). admin-consent grants every permission listed here.
az ad app permission add --id "$APP_ID" --api "$APP_ID" --api-permissions "$SCOPE_ID=Scope"
az ad app permission admin-consent --id "$APP_ID"

BOT_ID=""
if [[ "$BOT_REGISTRATION" == true ]]; then
  echo "6. SingleTenant bot registration; its secret goes into Key Vault $KEY_VAULT…"
  BOT_ID=$(az ad app create --display-name "$NAME bot" --sign-in-audience AzureADMyOrg \
    --query appId -o tsv)
  az ad sp create --id "$BOT_ID" >/dev/null
  # The secret is piped straight into Key Vault: it is never echoed or written to disk.
  az ad app credential reset --id "$BOT_ID" --display-name golden-thread --years 1 \
    --query password -o tsv |
    az keyvault secret set --vault-name "$KEY_VAULT" --name bot-app-password --file /dev/stdin \
      --query id -o tsv >/dev/null
fi

cat <<DONE

Done. Keep these values (none of them is a secret):
  GT_APP_ID=$APP_ID        (infra parameter entraAppId)
  GT_TENANT_ID=$TENANT_ID
  GT_PUBLIC_HOST=$HOST
${BOT_ID:+  GT_BOT_ID=$BOT_ID        (infra parameters botAppType=SingleTenant, botAppId)}
Next: docs/deployment.md, step 2 (deploy the Azure resources).
DONE
