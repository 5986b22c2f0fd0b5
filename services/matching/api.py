"""HTTP routes of the matching service."""

from fastapi import APIRouter

router = APIRouter()
