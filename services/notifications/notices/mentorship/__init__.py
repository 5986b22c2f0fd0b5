"""The notices of mentorships, one module per kind of mentorship event."""
