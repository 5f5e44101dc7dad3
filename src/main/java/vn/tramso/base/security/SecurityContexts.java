package vn.tramso.base.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that runs on another thread as the user who started it. A screen refreshed by server push
 * runs on the thread of whoever made the change (a kiosk, another volunteer): it must read with
 * its own user's rights, not theirs.
 */
public final class SecurityContexts {

    private SecurityContexts() {
    }

    /** The action, to be run later on any thread, as the user signed in on this thread now. */
    public static Runnable bind(Runnable action) {
        SecurityContext context = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                action.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
    }
}
