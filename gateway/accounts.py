"""Accounts in GraphQL: sign-up and sign-in at the profiles service, which limits them, and the
verification of an account's email address."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import strawberry
from graphql import GraphQLError

from gateway.clients import call
from gateway.common import GraphInfo
from gateway.context import Context
from gateway.cost import PASSWORD, SERVICE, cost
from gateway.errors import coded, error_code
from gateway.mapping import from_json
from gateway.urls import service_url
from smartpick.auth import Role


@strawberry.type
class Account:
    id: strawberry.ID
    email: str
    role: Role
    email_verified: bool = strawberry.field(
        default=False, description="Whether the account followed the link of a verification "
                                   "email.")


@strawberry.type
class AuthPayload:
    token: str = strawberry.field(description="Bearer token for the Authorization header.")
    account: Account


@strawberry.input
class SignUpInput:
    email: str
    password: str
    role: Role = Role.APPLICANT


async def _signed(context: Context, route: str, key: str, body: dict[str, Any]) -> AuthPayload:
    """Sign-up or sign-in at profiles, which limits them; a refusal is remembered (Refusals)."""
    if context.refusals.refused(key):
        await asyncio.sleep(context.settings.refusal_delay_seconds)
        raise coded("too many attempts; wait a minute and try again", "RATE_LIMITED")
    try:
        session = await call(context.http, "POST", service_url(context.settings.profiles_url,
                                                               route),
                             client_address=context.client_address, json=body)
    except GraphQLError as error:
        if error_code(error) == "RATE_LIMITED":
            context.refusals.remember(key)
            await asyncio.sleep(context.settings.refusal_delay_seconds)
        raise
    return from_json(AuthPayload, session)


@strawberry.mutation(metadata=cost(PASSWORD))
async def sign_up(info: GraphInfo, input: SignUpInput) -> AuthPayload:
    context = info.context
    body = {"email": input.email, "password": input.password, "role": input.role.value}
    return await _signed(context, "accounts", f"sign-up|{context.client_address}", body)


@strawberry.mutation(metadata=cost(PASSWORD))
async def sign_in(info: GraphInfo, email: str, password: str) -> AuthPayload:
    context = info.context
    body = {"email": email, "password": password}
    key = f"sign-in|{context.client_address}|{email.lower()}"
    return await _signed(context, "sessions", key, body)


@strawberry.type
class EmailVerificationRequest:
    expires_at: datetime = strawberry.field(description="Until when the emailed link works.")


@strawberry.mutation(description="Email the signed-in account a new verification link.",
                     metadata=cost(SERVICE))
async def request_email_verification(info: GraphInfo) -> EmailVerificationRequest:
    context = info.context
    context.require_principal()
    answer = await call(context.http, "POST", service_url(context.settings.profiles_url,
                                                          "accounts", "me",
                                                          "email-verification"), context.token)
    return from_json(EmailVerificationRequest, answer)


@strawberry.mutation(description="Verify the signed-in account's email address with the token "
                                 "of the emailed link; an expired, forged or another account's "
                                 "token is refused with BAD_USER_INPUT.",
                     metadata=cost(SERVICE))
async def verify_email(info: GraphInfo, token: str) -> Account:
    context = info.context
    context.require_principal()
    answer = await call(context.http, "POST", service_url(context.settings.profiles_url,
                                                          "accounts", "me", "email-verified"),
                        context.token, json={"token": token})
    return from_json(Account, answer)
