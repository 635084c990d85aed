"""What every form a visitor sends shares (the contact form, event sign-up, form pages):
spam protection, consent, the post-redirect-get flow and the retention of what was sent."""
