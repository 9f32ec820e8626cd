import { LinkButton } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

/** A workspace that does not exist and one you are not a member of look the same. */
export default function WorkspaceNotFound() {
  return (
    <Container width="narrow" className="py-24 sm:py-32">
      <p className="eyebrow text-muted">Error 404</p>
      <h1 className="mt-4 text-title">No workspace of yours here</h1>
      <p className="mt-5 max-w-xl text-lead text-muted">
        Either there is no workspace at this address, or you are not one of its members. If a colleague invited you, open the
        invitation link from their email first.
      </p>
      <div className="mt-10">
        <LinkButton href="/workspaces">Your workspaces</LinkButton>
      </div>
    </Container>
  );
}
