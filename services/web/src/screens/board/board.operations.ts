import { graphql } from '../../gql';

export const BoardFields = graphql(`
  fragment BoardFields on QueueBoard {
    officeId
    date
    updatedAt
    nowServing {
      counter {
        id
        name
        status
      }
      announcement(language: $language)
      ticket {
        id
        number
        stage
        status
        callCount
        calledAt
      }
    }
    counters {
      id
      name
      status
    }
    queues {
      stage
      waiting
      averageWaitSeconds
    }
  }
`);

export const BoardOffices = graphql(`
  query BoardOffices {
    offices {
      id
      code
      name
      timeZone
    }
  }
`);

export const Board = graphql(`
  query Board($officeId: ID!, $language: Language) {
    queueBoard(officeId: $officeId) {
      ...BoardFields
    }
  }
`);

export const BoardChanged = graphql(`
  subscription BoardChanged($officeId: ID!, $language: Language) {
    queueBoardChanged(officeId: $officeId) {
      ...BoardFields
    }
  }
`);
