// Single sign-on is off: nothing to change. With it on, Medvirk serves sso/medvirk-sso.js here instead.
