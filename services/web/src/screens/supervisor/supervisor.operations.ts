import { graphql } from '../../gql';

export const FloorFields = graphql(`
  fragment FloorFields on OfficeFloor {
    officeId
    date
    updatedAt
    counters {
      id
      name
      status
      pauseReason
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
    queues {
      stage
      waiting
      averageWaitSeconds
    }
    onHold {
      id
      number
      stage
      holdReason
    }
    longestWaitSeconds
    servedToday
    noShowsToday
  }
`);

export const SupervisorFloor = graphql(`
  query SupervisorFloor($officeId: ID!) {
    officeFloor(officeId: $officeId) {
      ...FloorFields
    }
  }
`);

export const SupervisorFloorChanged = graphql(`
  subscription SupervisorFloorChanged($officeId: ID!) {
    officeFloorChanged(officeId: $officeId) {
      ...FloorFields
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
      byHour {
        hour
        stage
        served
        meanWaitSeconds
      }
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
