import { graphql } from '../../gql';

export const SupervisorFloor = graphql(`
  query SupervisorFloor($officeId: ID!) {
    counters(officeId: $officeId) {
      id
      name
      open
      stages
      officer {
        id
        fullName
      }
      currentTicket {
        id
        number
        status
      }
    }
    queueBoard(officeId: $officeId) {
      officeId
      queues {
        stage
        waiting
        averageWaitSeconds
      }
    }
  }
`);

export const SupervisorReport = graphql(`
  query SupervisorReport($officeId: ID!, $date: Date!) {
    dayReport(officeId: $officeId, date: $date) {
      officeId
      date
      ticketsIssued
      ticketsDone
      walkIns
      stages {
        stage
        figures {
          served
          noShows
          meanWaitSeconds
        }
      }
      counters {
        counter {
          id
          name
        }
        figures {
          served
        }
      }
      officers {
        officer {
          id
          fullName
        }
        figures {
          served
        }
      }
    }
  }
`);

export const SupervisorPeople = graphql(`
  query SupervisorPeople($officeId: ID!) {
    officers(officeId: $officeId) {
      id
      fullName
      roles
      active
    }
    devices(officeId: $officeId) {
      id
      kind
      name
      revokedAt
    }
    walkInQuota(officeId: $officeId) {
      officeId
      cap
      issued
      priorityCap
      priorityIssued
    }
  }
`);

export const RegisterDevice = graphql(`
  mutation RegisterDevice($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      device {
        id
        kind
        name
      }
      credentials {
        refreshToken
      }
    }
  }
`);

export const SetWalkInCap = graphql(`
  mutation SetWalkInCap($officeId: ID!, $cap: Int, $priorityCap: Int) {
    setWalkInCap(officeId: $officeId, cap: $cap, priorityCap: $priorityCap) {
      officeId
      cap
      issued
      priorityCap
      priorityIssued
    }
  }
`);

export const IssueWalkIn = graphql(`
  mutation IssueWalkIn($officeId: ID!, $priority: PriorityGroup) {
    issueWalkInTicket(officeId: $officeId, priority: $priority) {
      id
      number
    }
  }
`);

export const IssuePickup = graphql(`
  mutation IssuePickup($officeId: ID!, $bookingCode: String!) {
    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {
      id
      number
    }
  }
`);

export const ExpectedArrivalsQuery = graphql(`
  query ExpectedArrivals($officeId: ID!, $date: Date!) {
    expectedArrivals(officeId: $officeId, date: $date) {
      session {
        id
        startsAt
        endsAt
        capacity
        cancelReason
      }
      bookings {
        id
        code
        status
      }
    }
  }
`);

export const CancelSession = graphql(`
  mutation CancelSession($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) {
      id
      cancelReason
    }
  }
`);
