// GraphiQL over this server's /graphql; the libraries are the UMD builds loaded before this script.
(function () {
  "use strict";

  const headlineQuery = `# Who has Trump discussed Ukraine with?
{
  interactions(actor: "Trump", about: "Ukraine") {
    totalCount
    nodes {
      type modality date
      actor { name } counterpart { name } topics { name }
      evidence { sentence article { id title } }
    }
  }
}
`;

  // The standard introspection query nests type references seven deep, past the API's depth limit;
  // this one asks for four levels of wrapping (e.g. [Type!]!), all the schema uses.
  const typeRef = (levels) => (levels === 0 ? "kind name" : `kind name ofType { ${typeRef(levels - 1)} }`);
  const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { ${typeRef(4)} }`;

  const httpFetcher = GraphiQL.createFetcher({
    url: new URL("/graphql", window.location.href).href,
    enableIncrementalDelivery: false,
    headers: { accept: "application/graphql-response+json, application/json" },
  });
  const fetcher = (params, options) =>
    httpFetcher(params.operationName === "IntrospectionQuery" ? { ...params, query: introspectionQuery } : params, options);

  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: headlineQuery, defaultEditorToolsVisibility: true }),
  );
})();
