"""The GraphQL schema clients query: types, queries and mutations over the services."""

import strawberry


@strawberry.type
class Query:
    @strawberry.field(description="Always true while the gateway answers.")
    def health(self) -> bool:
        return True


schema = strawberry.Schema(query=Query)
