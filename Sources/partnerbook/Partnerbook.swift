import ArgumentParser

@main
struct Partnerbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnerbook",
        abstract: "Publish a team's partnering handbook from Markdown.",
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Render.self]
    )
}
