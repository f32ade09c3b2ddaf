"""The second step of signing in, once the password is right.

- No authenticator yet: one is made, waiting for its first code (`EnrolmentRequired` carries
  it); the next attempt with that code confirms it.
- A code given: it is checked (wrong ones count), and this computer is trusted for 7 days.
- No code: this computer's token must be that of a device trusted less than 7 days ago,
  otherwise `SecondFactorRequired`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from peps_desktop.core.accounts import devices
from peps_desktop.core.accounts.enrolment import confirm_first_code, start_enrolment
from peps_desktop.core.accounts.second_factor import (
    EnrolmentRequired,
    SecondFactorRequired,
    check_code,
    confirmed_authenticator,
    pending_authenticator,
)
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import AuthenticationError
from peps_desktop.i18n import translate
from peps_desktop.store.models import Account


@dataclass
class SecondFactor:
    """What the person brings besides the password, and what signing in gave back.

    `spend=False` (the command line's sensitive commands): a right code is checked but left
    for the action that follows, which spends it.
    """

    code: str | None = None
    device_token: str | None = None
    device_label: str = field(default_factory=devices.this_computer)
    spend: bool = True
    # True: on a trusted computer the code is not used (a script's PEPS_OTP, given to every
    # command, is only read when a code is asked).
    code_only_if_needed: bool = False
    # False where no keyring can keep a token: no device is recorded, the code is asked each
    # time.
    remember_device: bool = True
    # Set by a successful sign-in: the token this computer keeps (None: keep what it has).
    new_device_token: str | None = field(default=None, init=False)
    # Set when a recovery code was spent: how many the person has left.
    recovery_codes_left: int | None = field(default=None, init=False)

    @property
    def code_given(self) -> bool:
        return bool((self.code or "").strip())

    def check(self, session: Session, clock: Clock, account: Account) -> AuthenticationError | None:
        """Called by sign_in once the password is right; the refusal, or None."""
        if confirmed_authenticator(session, account.id) is None:
            return self._enrol(session, clock, account)
        device = devices.device_of(session, account, self.device_token)
        trusted = device is not None and devices.is_trusted(device, clock.now())
        if self.code_given and not (trusted and self.code_only_if_needed):
            verdict = check_code(session, clock, account, self.code, spend=self.spend)
            if verdict.refusal is not None:
                return verdict.refusal
            self.recovery_codes_left = verdict.recovery_codes_left
            self._trust(session, clock, account)
            return None
        if device is not None and trusted:
            device.last_used_at = clock.now()
            return None
        return SecondFactorRequired(
            translate(
                "SecondFactor",
                "Enter the code of your authenticator app: it is asked on a new computer, "
                "then every 7 days.",
            )
        )

    def _enrol(
        self, session: Session, clock: Clock, account: Account
    ) -> AuthenticationError | None:
        """A code confirms the app waiting for it; without one (or with no app waiting, when
        the code cannot be for it) a new app is made to scan."""
        if self.code_given and pending_authenticator(session, account.id) is not None:
            refusal = confirm_first_code(session, clock, account, self.code, spend=self.spend)
            if refusal is None:
                self._trust(session, clock, account)
            return refusal
        return EnrolmentRequired(
            translate(
                "SecondFactor",
                "Set up your authenticator app: scan the QR code, then enter the code it shows.",
            ),
            start_enrolment(session, clock, account),
        )

    def _trust(self, session: Session, clock: Clock, account: Account) -> None:
        if not self.remember_device:
            return
        self.new_device_token = devices.trust(
            session, clock, account, self.device_token, self.device_label
        )
