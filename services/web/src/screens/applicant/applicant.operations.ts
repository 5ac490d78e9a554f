import { graphql } from '../../gql';

export const ApplicantMe = graphql(`
  query ApplicantMe {
    me {
      __typename
      ... on Applicant {
        id
        fullName
        emailConfirmed
        familyMembers {
          id
          fullName
        }
      }
    }
  }
`);

export const MyBookings = graphql(`
  query MyBookings {
    myBookings {
      id
      code
      status
      service
      priority
      qrSvg
      office {
        id
        name
        timeZone
        changeCutoffMinutes
      }
      session {
        id
        startsAt
        endsAt
      }
      familyMember {
        id
        fullName
      }
    }
  }
`);

export const RegisterApplicant = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      id
    }
  }
`);

export const ConfirmEmail = graphql(`
  mutation ConfirmEmail($code: String!) {
    confirmEmail(code: $code) {
      id
      emailConfirmed
    }
  }
`);

export const BookingOffices = graphql(`
  query BookingOffices {
    offices {
      id
      name
      timeZone
    }
  }
`);

export const Availability = graphql(`
  query Availability($officeId: ID!, $from: Date!, $to: Date!, $service: ServiceKind) {
    office(id: $officeId) {
      id
      availability(from: $from, to: $to, service: $service) {
        date
        open
        sessions {
          id
          startsAt
          endsAt
          remaining
          bookableFrom
        }
      }
    }
  }
`);

export const BookSession = graphql(`
  mutation BookSession($input: BookSessionInput!) {
    bookSession(input: $input) {
      id
      code
    }
  }
`);

export const CancelBooking = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
    }
  }
`);

export const RescheduleBooking = graphql(`
  mutation RescheduleBooking($id: ID!, $sessionId: ID!) {
    rescheduleBooking(id: $id, sessionId: $sessionId) {
      id
      session {
        id
        startsAt
        endsAt
      }
    }
  }
`);
