"""The notices each event causes, one module per domain: who is told, which kind of the catalogue
and with which params. The words are the kind's template (services/notifications/templates/)."""
