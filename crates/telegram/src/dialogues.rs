//! teloxide's dialogue storage over the same sled trees the delivery core uses, so `.erase()`,
//! `Dialogue` and the handler tests (tests/telegram_handler.rs) see the real conversations.

use std::sync::Arc;

use futures::future::BoxFuture;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use wegweiser_core::engine::State;
use wegweiser_delivery::{DeliveryError, DeliveryStore};
use wegweiser_store::SessionStore;

/// The delivery store as teloxide's `Storage<State>`.
pub struct Dialogues(pub Arc<DeliveryStore>);

#[derive(Debug, thiserror::Error)]
pub enum DialogueError {
    #[error(transparent)]
    Delivery(#[from] DeliveryError),
    #[error(transparent)]
    Store(#[from] wegweiser_store::StoreError),
    /// `remove_dialogue` of a chat with no conversation, as teloxide's own storages report it.
    #[error("no conversation is stored for this chat")]
    DialogueNotFound,
}

fn chat(id: ChatId) -> wegweiser_delivery::ChatId {
    wegweiser_delivery::ChatId(id.0)
}

impl Storage<State> for Dialogues {
    type Error = DialogueError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            if self.0.forget_all(chat(chat_id))? {
                Ok(())
            } else {
                Err(DialogueError::DialogueNotFound)
            }
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: State,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let key = self.0.names().session_key(chat(chat_id));
            self.0.sessions().save(&key, &dialogue)?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<State>, Self::Error>> {
        Box::pin(async move { Ok(self.0.state(chat(chat_id))?) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_store::SledStore;

    #[tokio::test]
    async fn the_storage_trait_reads_and_forgets_the_real_conversation() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = crate::open_store(SledStore::open(dir.path()).expect("open")).expect("trees");
        let d = Arc::new(Dialogues(Arc::new(store)));
        let mut s = State::new(Some("en".into()));
        s.node = "money-start".into();
        d.clone()
            .update_dialogue(ChatId(7), s.clone())
            .await
            .expect("update");
        assert_eq!(
            d.clone().get_dialogue(ChatId(7)).await.expect("get"),
            Some(s)
        );
        d.clone().remove_dialogue(ChatId(7)).await.expect("remove");
        assert_eq!(d.clone().get_dialogue(ChatId(7)).await.expect("get"), None);
        assert!(matches!(
            d.clone().remove_dialogue(ChatId(7)).await,
            Err(DialogueError::DialogueNotFound)
        ));
    }
}
