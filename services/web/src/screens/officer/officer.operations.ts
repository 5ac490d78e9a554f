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
      status
      pauseReason
      officer {
        id
      }
      currentTicket {
        ...ConsoleTicketFields
      }
    }
  }
`);

/** Any change on the office's floor (officers only) refreshes the console's counter and lists. */
export const FloorPulse = graphql(`
  subscription FloorPulse($officeId: ID!) {
    officeFloorChanged(officeId: $officeId) {
      officeId
      updatedAt
    }
  }
`);

/** Her stage's lists: waiting (in calling order), on hold, missed. */
export const StageTickets = graphql(`
  query StageTickets($officeId: ID!, $stage: Stage!) {
    waiting: tickets(officeId: $officeId, stage: $stage, statuses: [WAITING]) {
      ...ConsoleTicketFields
    }
    onHold: tickets(officeId: $officeId, stage: $stage, statuses: [ON_HOLD]) {
      ...ConsoleTicketFields
    }
    missed: tickets(officeId: $officeId, stage: $stage, statuses: [NO_SHOW]) {
      ...ConsoleTicketFields
    }
  }
`);

export const CallTicket = graphql(`
  mutation CallTicket($counterId: ID!, $ticketId: ID!) {
    callTicket(counterId: $counterId, ticketId: $ticketId) {
      ...ConsoleTicketFields
    }
  }
`);

export const PauseCounter = graphql(`
  mutation PauseCounter($counterId: ID!, $reason: String!) {
    pauseCounter(counterId: $counterId, reason: $reason) {
      id
      status
      pauseReason
    }
  }
`);

export const ResumeCounter = graphql(`
  mutation ResumeCounter($counterId: ID!) {
    resumeCounter(counterId: $counterId) {
      id
      status
      pauseReason
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
