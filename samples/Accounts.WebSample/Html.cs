using System.Text;
using System.Text.Encodings.Web;

namespace AccountsWebSample;

/// <summary>The sample's pages: plain HTML, every value encoded.</summary>
public static class Html
{
    /// <summary>Encodes text for HTML.</summary>
    /// <param name="text">The text.</param>
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A whole page.</summary>
    /// <param name="title">The title.</param>
    /// <param name="body">The body, already HTML.</param>
    /// <param name="signedIn">Whether to show the sign-out form.</param>
    /// <param name="antiforgery">The hidden antiforgery field, for the sign-out form.</param>
    /// <param name="status">The HTTP status.</param>
    public static IResult Page(string title, string body, bool signedIn = false, string antiforgery = "", int status = StatusCodes.Status200OK)
    {
        var page = new StringBuilder()
            .Append("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append(" – Accounts Web Sample</title>")
            .Append("<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto}label{display:block;margin:.5rem 0}.errors{color:#b00}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}</style></head><body>")
            .Append("<h1>").Append(Encode(title)).Append("</h1>");
        if (signedIn)
        {
            page.Append("<nav><a href=\"/members\">Members</a> · <a href=\"/invite\">Invite</a> · <a href=\"/change-password\">Change password</a> · <a href=\"/mail\">Sent mail</a> ")
                .Append("<form method=\"post\" action=\"/sign-out\" style=\"display:inline\">").Append(antiforgery).Append("<button id=\"sign-out\">Sign out</button></form></nav>");
        }

        page.Append(body).Append("</body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A list of error texts, or nothing.</summary>
    /// <param name="messages">The texts.</param>
    public static string Errors(IEnumerable<string> messages)
    {
        var items = string.Concat(messages.Select(m => "<li>" + Encode(m) + "</li>"));
        return items.Length == 0 ? string.Empty : "<ul class=\"errors\" role=\"alert\">" + items + "</ul>";
    }

    /// <summary>A labelled input.</summary>
    /// <param name="label">The label.</param>
    /// <param name="name">The field name and id.</param>
    /// <param name="type">The input type.</param>
    /// <param name="value">The value to show again.</param>
    public static string Field(string label, string name, string type = "text", string? value = null) =>
        $"<label>{Encode(label)} <input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{Encode(value)}\" required></label>";
}
