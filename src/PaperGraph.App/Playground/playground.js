// Starts GraphiQL against this server's /graphql, opening on the question people ask first.
(function () {
  const defaultQuery = `# Benchmarks evaluating GPT-4 at 128K tokens or more, with the evidence of each evaluation.
{
  benchmarks(where: { evaluations: { some: { model: { named: "GPT-4" }, contextLength: { gte: "128K" } } } }) {
    nodes {
      name
      evaluations { nodes { model { name } contextLength paper { title } evidence { sentence } } }
    }
  }
}
`;
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
})();
