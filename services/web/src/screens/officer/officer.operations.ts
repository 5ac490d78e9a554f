import { graphql } from '../../gql';

export const OfficerMe = graphql(`
  query OfficerMe {
    me {
      __typename
      ... on Officer {
        id
        fullName
        officeId
        roles
      }
    }
  }
`);

export const ConsoleTicketFields = graphql(`
  fragment ConsoleTicketFields on Ticket {
    id
    number
    status
    stage
    priority
    holdReason
    callCount
  }
`);

export const OfficeCounters = graphql(`
  query OfficeCounters($officeId: ID!) {
    counters(officeId: $officeId) {
      id
      name
      stages
      open
      officer {
        id
      }
      currentTicket {
        ...ConsoleTicketFields
      }
    }
  }
`);

/** Any change on the floor (public board) refreshes the console's lists. */
export const FloorPulse = graphql(`
  subscription FloorPulse($officeId: ID!) {
    queueBoardChanged(officeId: $officeId) {
      officeId
      updatedAt
    }
  }
`);

export const OpenCounter = graphql(`
  mutation OpenCounter($counterId: ID!) {
    openCounter(counterId: $counterId) {
      id
      open
    }
  }
`);

export const CloseCounter = graphql(`
  mutation CloseCounter($counterId: ID!) {
    closeCounter(counterId: $counterId) {
      id
      open
    }
  }
`);

export const CallNext = graphql(`
  mutation CallNext($counterId: ID!) {
    callNext(counterId: $counterId) {
      ...ConsoleTicketFields
    }
  }
`);

export const Recall = graphql(`
  mutation Recall($ticketId: ID!) {
    recall(ticketId: $ticketId) {
      ...ConsoleTicketFields
    }
  }
`);

export const StartService = graphql(`
  mutation StartService($ticketId: ID!) {
    startService(ticketId: $ticketId) {
      ...ConsoleTicketFields
    }
  }
`);

export const CompleteStage = graphql(`
  mutation CompleteStage($ticketId: ID!) {
    completeStage(ticketId: $ticketId) {
      ...ConsoleTicketFields
    }
  }
`);

export const MarkNoShow = graphql(`
  mutation MarkNoShow($ticketId: ID!) {
    markNoShow(ticketId: $ticketId) {
      ...ConsoleTicketFields
    }
  }
`);

export const HoldTicket = graphql(`
  mutation HoldTicket($ticketId: ID!, $reason: String!) {
    holdTicket(ticketId: $ticketId, reason: $reason) {
      ...ConsoleTicketFields
    }
  }
`);

export const TransferTicket = graphql(`
  mutation TransferTicket($ticketId: ID!, $counterId: ID!) {
    transferTicket(ticketId: $ticketId, counterId: $counterId) {
      ...ConsoleTicketFields
    }
  }
`);

export const SetTicketPriority = graphql(`
  mutation SetTicketPriority($ticketId: ID!, $priority: PriorityGroup) {
    setTicketPriority(ticketId: $ticketId, priority: $priority) {
      ...ConsoleTicketFields
    }
  }
`);
