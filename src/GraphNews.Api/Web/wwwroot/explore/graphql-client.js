// Minimal GraphQL client for the explorer: POSTs to this server's /graphql and turns transport
// failures and GraphQL errors into one Error with a message a reader can act on.

export class GraphQLError extends Error {}

export async function query(document, variables = {}) {
  let response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch (error) {
    throw new GraphQLError(`Could not reach the server (${error.message}).`);
  }

  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`The server answered ${response.status} ${response.statusText} without a GraphQL result.`);
  }

  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join(" "));
  }
  if (!response.ok && response.status !== 294) {
    throw new GraphQLError(`The server answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}

export const RELATION_TYPES = `{ __type(name: "RelationType") { enumValues { name description } } }`;

export const SEARCH = `query Search($q: String!) { searchEntities(query: $q, first: 15) { id name label } }`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $types: [RelationType!], $since: Date, $until: Date) {
  neighborhood(id: $id, depth: 1, limit: 60, types: $types, since: $since, until: $until) {
    nodes { id name label }
    edges {
      id type modality date confidence
      source { id } target { id }
      evidence { sentence article { id title published url source license } }
    }
  }
}`;

export const ARTICLE_STORY = `query ArticleStory($id: ID!) {
  article(id: $id) {
    story { id title firstPublished lastPublished articleCount }
    related(first: 5) { score article { id title published } reasons { sameEvent decision } }
  }
}`;
