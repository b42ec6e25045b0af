/// The page a missing path gets when the site has no `404.html` of its own.
enum NotFoundPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Page not found</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em">
        <h1>Page not found</h1>
        <p>The handbook has no page at this address. It may have been renamed or removed.</p>
        <p><a href="/">Go to the home page</a></p>
        </body>
        </html>

        """
}
