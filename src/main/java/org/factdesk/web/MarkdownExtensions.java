package org.factdesk.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** Lets templates write {@code {comment.body.markdown}} for text people wrote in Markdown, rendered safely. */
@TemplateExtension
public class MarkdownExtensions {

    private MarkdownExtensions() {
    }

    static RawString markdown(String text) {
        return Markdown.render(text);
    }
}
