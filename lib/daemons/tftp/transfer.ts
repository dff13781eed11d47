/**
 * One TFTP read transfer (RFC 1350 section 2, lock-step DATA/ACK) on its own socket, i.e. its own
 * TID. Starts with an OACK when options were accepted (RFC 2347), else with DATA 1.
 *
 * Only a timeout triggers a retransmission; an ACK for the previous block is ignored, which is
 * the fix for the Sorcerer's Apprentice syndrome (RFC 1123 section 4.2.3.1). Block numbers wrap
 * 65535 → 0, so files larger than 65535 blocks still transfer.
 */
import type { Socket } from 'node:dgram';
import { decodePacket, encodeData, encodeError, encodeOack, ERROR_CODE, type TftpOptions } from './packets';

export type Peer = { address: string; port: number };

export type TransferOutcome = 'complete' | 'timeout' | 'peer_error' | 'protocol_error' | 'aborted';

export type TransferOptions = {
  socket: Socket;
  peer: Peer;
  body: Buffer;
  blksize: number;
  timeoutMs: number;
  retries: number;
  /**
   * Retransmissions of the first packet (OACK or DATA 1) before the client has acknowledged
   * anything. Kept low, and the give-up ERROR is not sent then: an RRQ with a forged source must
   * not make us send a victim more than a few packets (issue 12, finding 4). The client's own
   * RRQ retransmissions cover a lost first packet.
   */
  firstPacketRetries: number;
  oack: TftpOptions | null;
  onEnd: (outcome: TransferOutcome, detail: string) => void;
};

export type Transfer = {
  /** True once the client has acknowledged anything, i.e. it is locked onto this TID. */
  hasProgressed(): boolean;
  /** Ends the transfer and closes its socket; `notify` is sent to the client as ERROR 0 first. */
  abort(reason: string, notify?: string): void;
};

export function startTransfer(o: TransferOptions): Transfer {
  const { socket, peer, body, blksize } = o;
  const totalBlocks = Math.floor(body.length / blksize) + 1;
  let block = 0;
  let lastPacket: Buffer = Buffer.alloc(0);
  let attempts = 0;
  let isEnded = false;
  let hasProgressed = false;
  let timer: NodeJS.Timeout | undefined;

  const send = (packet: Buffer, to: Peer = peer, done?: () => void) => socket.send(packet, to.port, to.address, () => done?.());

  function end(outcome: TransferOutcome, detail: string, finalPacket?: Buffer) {
    if (isEnded) return;
    isEnded = true;
    clearTimeout(timer);
    socket.removeListener('message', onMessage);
    const close = () => {
      try {
        socket.close();
      } catch {
        // already closed by the server's stop()
      }
    };
    if (finalPacket) send(finalPacket, peer, close);
    else close();
    o.onEnd(outcome, detail);
  }

  function arm() {
    clearTimeout(timer);
    timer = setTimeout(onTimeout, o.timeoutMs);
  }

  function transmit(packet: Buffer) {
    lastPacket = packet;
    attempts = 0;
    send(packet);
    arm();
  }

  function onTimeout() {
    const retries = hasProgressed ? o.retries : Math.min(o.retries, o.firstPacketRetries);
    if (attempts >= retries) {
      const detail = `no ACK for block ${block} after ${retries} retries`;
      end('timeout', detail, hasProgressed ? encodeError(ERROR_CODE.NOT_DEFINED, 'Transfer timed out') : undefined);
      return;
    }
    attempts++;
    send(lastPacket);
    arm();
  }

  function sendBlock(n: number) {
    block = n;
    const start = (n - 1) * blksize;
    transmit(encodeData(n, body.subarray(start, Math.min(start + blksize, body.length))));
  }

  function onMessage(msg: Buffer, rinfo: { address: string; port: number }) {
    if (isEnded) return;
    if (rinfo.address !== peer.address || rinfo.port !== peer.port) {
      send(encodeError(ERROR_CODE.UNKNOWN_TID, 'Unknown transfer ID'), rinfo);
      return;
    }
    const decoded = decodePacket(msg);
    if (!decoded.ok) return;
    const packet = decoded.packet;
    if (packet.op === 'ack') {
      // Anything but the ACK for the block in flight (duplicates, strays) is dropped unanswered.
      if (packet.block !== (block & 0xffff)) return;
      hasProgressed = true;
      if (block === totalBlocks) end('complete', `${body.length} bytes in ${totalBlocks} blocks`);
      else sendBlock(block + 1);
      return;
    }
    if (packet.op === 'error') {
      const isOptionRefusal = block === 0 && packet.code === ERROR_CODE.OPTION_REFUSED;
      end(isOptionRefusal ? 'aborted' : 'peer_error', `client sent ERROR ${packet.code} "${packet.message}"`);
      return;
    }
    end('protocol_error', `unexpected ${packet.op.toUpperCase()}`, encodeError(ERROR_CODE.ILLEGAL_OPERATION, 'Illegal TFTP operation'));
  }

  socket.on('message', onMessage);
  if (o.oack) transmit(encodeOack(o.oack));
  else sendBlock(1);

  return {
    hasProgressed: () => hasProgressed,
    abort: (reason, notify) => end('aborted', reason, notify === undefined ? undefined : encodeError(ERROR_CODE.NOT_DEFINED, notify)),
  };
}
