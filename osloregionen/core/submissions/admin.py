"""The admin side of what visitors send."""

from wagtail.permission_policies import ModelPermissionPolicy


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """What visitors sent stays as they sent it: nobody adds or edits it in the admin, not even
    a superuser; viewing and deleting follow the model permissions."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
