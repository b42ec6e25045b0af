import ArgumentParser

@main
struct Partnerbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnerbook",
        abstract: "Publish a team's partnering handbook from Markdown.",
        version: "0.1.0",
        subcommands: [Init.self, New.self, Build.self, Serve.self, Check.self, Render.self]
    )
}
