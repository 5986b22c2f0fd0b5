// Starts GraphiQL on the gateway's page (gateway/ide.py). A file, not an inline script, so the
// page's Content-Security-Policy allows scripts from the gateway only.
(function () {
  "use strict";

  var endpoint = window.location.origin + window.location.pathname;

  // GraphiQL sends the headers editor's headers with each query and, for a subscription, as
  // connection_init's payload: where the gateway's WebSocket takes the bearer token.
  var fetcher = GraphiQL.createFetcher({
    url: endpoint,
    subscriptionUrl: endpoint.replace(/^http/, "ws"),
  });

  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      plugins: [GraphiQLPluginExplorer.explorerPlugin()],
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      inputValueDeprecation: true,
      defaultQuery: "# Smart Pick's GraphQL API. Put your token in Headers:\n" +
        '# {"authorization": "Bearer <token>"}\n\n{\n  health\n}\n',
    }),
  );
})();
