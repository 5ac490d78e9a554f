import { graphql } from '../../gql';

export const KioskTicketFields = graphql(`
  fragment KioskTicketFields on Ticket {
    id
    number
    stage
    status
    officeId
    checkedInAt
    sessionStartsAt
    followCode
  }
`);

export const KioskOffice = graphql(`
  query KioskOffice($id: ID!) {
    office(id: $id) {
      id
      name
      timeZone
    }
  }
`);

export const KioskCheckIn = graphql(`
  mutation KioskCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      ...KioskTicketFields
    }
  }
`);

export const KioskPickup = graphql(`
  mutation KioskPickup($officeId: ID!, $bookingCode: String!) {
    issuePickupTicket(officeId: $officeId, bookingCode: $bookingCode) {
      ...KioskTicketFields
    }
  }
`);
