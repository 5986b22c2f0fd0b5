// Starts GraphiQL on the gateway's page (gateway/ide.py). A file, not an inline script, so the
// page's Content-Security-Policy allows scripts from the gateway only.
(function () {
  "use strict";

  var endpoint = window.location.origin + window.location.pathname;
  var socketEndpoint = endpoint.replace(/^http/, "ws");

  // The gateway's WebSocket takes the bearer token in connection_init, not in a header: a
  // fetcher is made per Authorization value typed in the headers editor, which subscriptions
  // then carry as their connection parameters.
  var fetchers = {};
  function fetcher(params, options) {
    var headers = (options && options.headers) || {};
    var authorization = headers.authorization || headers.Authorization || "";
    if (!fetchers[authorization]) {
      fetchers[authorization] = GraphiQL.createFetcher({
        url: endpoint,
        subscriptionUrl: socketEndpoint,
        wsConnectionParams: authorization ? { authorization: authorization } : {},
      });
    }
    return fetchers[authorization](params, options);
  }

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
