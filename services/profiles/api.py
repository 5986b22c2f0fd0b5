"""HTTP routes of the profiles service."""

from fastapi import APIRouter

router = APIRouter()
