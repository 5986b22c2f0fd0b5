// Webhook endpoints: the list, one endpoint's messages with their attempts, the event types,
// the changes an organization makes, and the delivery ledger of one event.
import { graphql } from "../../../gql";

export const WebhookEndpointsQuery = graphql(`
  query OrganizationWebhookEndpoints {
    me { id webhookEndpoints { id url eventTypes description enabled disabledReason createdAt } }
  }
`);

// One endpoint and a page of its messages: the first (after: null), or the page after a cursor.
export const WebhookEndpointQuery = graphql(`
  query OrganizationWebhookEndpoint($id: ID!, $after: String) {
    me {
      id
      webhookEndpoint(id: $id) {
        id url eventTypes description enabled disabledReason createdAt updatedAt
        messages(first: 20, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              id eventType eventId status attemptCount payload createdAt deliveredAt lastError
              attempts { attempt at finishedAt ok status excerpt durationSeconds error }
            }
          }
        }
      }
    }
  }
`);

export const WebhookEventTypesQuery = graphql(`
  query OrganizationWebhookEventTypes { webhookEventTypes { type jsonSchema } }
`);

export const CreateEndpointMutation = graphql(`
  mutation CreateOrganizationWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { id url secret }
  }
`);

export const UpdateEndpointMutation = graphql(`
  mutation UpdateOrganizationWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) { id url eventTypes description updatedAt }
  }
`);

export const RotateSecretMutation = graphql(`
  mutation RotateOrganizationWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { id secret } }
`);

export const SetEnabledMutation = graphql(`
  mutation SetOrganizationWebhookEnabled($id: ID!, $enabled: Boolean!) {
    setWebhookEndpointEnabled(id: $id, enabled: $enabled) { id enabled disabledReason }
  }
`);

export const SendTestMutation = graphql(`
  mutation SendOrganizationTestWebhook($id: ID!) { sendTestWebhook(id: $id) { messageIds } }
`);

export const ReplayMutation = graphql(`
  mutation ReplayOrganizationWebhookMessage($id: ID!) { replayWebhookMessage(id: $id) { messageIds } }
`);

export const RecoverMutation = graphql(`
  mutation RecoverOrganizationWebhookMessages($endpointId: ID!, $since: DateTime!) {
    recoverWebhookMessages(endpointId: $endpointId, since: $since) { messageIds }
  }
`);

export const DeliveryLedgerQuery = graphql(`
  query OrganizationDeliveryLedger($eventId: ID!) {
    deliveryLedger(eventId: $eventId) {
      eventId
      entries {
        channel result at recipient kind ref endpointId detail outcome attempts
        attemptLog { attempt status ok durationSeconds error }
      }
    }
  }
`);
